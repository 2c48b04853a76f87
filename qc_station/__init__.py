"""QC Station: the inspector's workbench software for cloud-warehouse quality control."""

__version__ = "0.1.0"
