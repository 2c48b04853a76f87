"""PDF output with ReportLab; Chinese text uses the bundled, embedded CJK font."""
