[trigger]
attack~~ | type=attack
