"""Actors: the organizations, people and places a text names."""
