"""`python -m a2e`: the same as the `a2e` command."""

from a2e.cli import main

if __name__ == "__main__":
    main()
