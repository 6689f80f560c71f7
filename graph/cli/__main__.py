from nato_graph.cli.main import main

main()
