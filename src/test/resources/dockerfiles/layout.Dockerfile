    # Indentation, tabs, keyword case and unusual spacing.
	from stagecraft/busybox:latest as Lower
  Run   echo   "spaces between words"
	WORKDIR	/tab/separated
RuN echo mixed-case keyword
copy . .
  # an indented comment between instructions

#
#no space after the hash
cmd ["sh"]
