"""Real articles in the other language than a development story's baseline (issue 20)."""
