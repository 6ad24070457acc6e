[trigger]
attack | Type=attack
