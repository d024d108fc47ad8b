from refparcours.app import main

raise SystemExit(main())
