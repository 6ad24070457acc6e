[cue]
said | cue=attribution   # trailing comment
according to | cue=attribution after
