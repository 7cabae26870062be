final: prev: {
  # replaces 10-a's tool without reading prev.tool: 10-a's definition is lost
  tool = final.jq;
  lib2 = prev.lib2 + 1;
}
