{ }.x or null
