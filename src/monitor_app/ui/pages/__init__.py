"""One module per place of the window; the shell imports each when it is first opened."""
