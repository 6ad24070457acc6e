[weapons]
rocket | type=shelling
