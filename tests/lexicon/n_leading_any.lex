[trigger]
_ attack | type=attack
