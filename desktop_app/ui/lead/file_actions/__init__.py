"""What a lead records from a child's file, one small class per kind of work, composed by `ChildFilePage`."""
