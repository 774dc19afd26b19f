"""The top of the stack: the URL map, the navigation, /metrics and the demonstration data, which
wire every app together and so may import any of them (docs/architecture.md, "Layers")."""
