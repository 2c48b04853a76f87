"""The central sync service over PostgreSQL, shared by many stations and sites."""
