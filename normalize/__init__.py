"""Stages 2 and 3: repair what page layout broke, then build the contract's target rows."""
