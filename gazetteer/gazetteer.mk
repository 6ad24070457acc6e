# Builds build/gazetteer.bin from pinned npm packages (placeholder until the recipe lands).
.PHONY: gazetteer
gazetteer:
	@echo "gazetteer: recipe not written yet"
