"""The Qt user interface: screens, table models, dialogs, the task runner, translations.

No SQL and no business rules live here; the UI calls services and words their results.
"""
