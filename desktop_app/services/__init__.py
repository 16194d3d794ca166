"""One use case per user action, shared by the GUI, the command line and the tests; never imports Qt."""
