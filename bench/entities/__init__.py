"""Entity harness: precision of the new names monitor lists, on real news text."""
