"""Records, codes, validation and rules: pure Python with no I/O at all."""
