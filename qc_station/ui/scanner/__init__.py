"""Camera scanning in the UI: a capture/decode worker off the GUI thread and its preview widget.

The composition root hands the worker a ``FrameSourceOpener`` and a ``Decode`` callable
(see ``ports``); the UI never imports the camera or decoder adapters itself.
"""
