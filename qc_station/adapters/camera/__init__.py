"""Camera capture with OpenCV: a device, or a video file or image folder standing in for one."""

from qc_station.adapters.camera.opencv_source import CameraSpec, FrameSource, open_frame_source

__all__ = ["CameraSpec", "FrameSource", "open_frame_source"]
