"""The triage queue and the school's clocks: what needs a lead now, by risk and then by time, on a school-day clock."""
