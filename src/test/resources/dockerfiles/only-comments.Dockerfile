# Only comments and blank lines: BuildKit refuses it with "file with no instructions".

# nothing else
