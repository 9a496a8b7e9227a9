"""`python -m a2e`: the same as the `a2e` command; `python -m a2e doctor` needs no CLI extra."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["doctor"]:
        from a2e.doctor import main as doctor

        raise SystemExit(doctor(sys.argv[2:]))
    from a2e.cli import main

    main()
