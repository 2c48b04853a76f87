"""Use cases of the station. They take ports, own the unit of work, and return plain data."""
