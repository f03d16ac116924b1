"""Publishing safely: the privacy check before an export, and what a photo shows."""
