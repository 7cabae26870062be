''it's 'quoted' ok''
