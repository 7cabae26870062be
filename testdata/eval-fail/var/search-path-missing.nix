# With an empty NIX_PATH, <name> cannot be resolved.
<nonexistent/lib>
