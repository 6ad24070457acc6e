# a minimal lexicon
[trigger]
shell~ | type=shelling pos=verb
air strike~ | type=air_strike pos=noun
