"""Adding, editing and deleting the GRD and library records of a school's local."""
