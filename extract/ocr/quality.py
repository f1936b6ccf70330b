def text_layer_is_usable(page) -> bool:  # placeholder, written below
    return True
