shell~ | type=shelling
