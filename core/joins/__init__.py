"""Join defence: the join captcha and anti-raid mode."""
