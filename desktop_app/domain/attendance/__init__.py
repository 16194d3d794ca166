"""Attendance beside the chronology: session marks from the school's MIS, read, folded and set against injuries."""
