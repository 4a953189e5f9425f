def extract_text(*a, **k): raise NotImplementedError
def load_pipeline(*a, **k): raise NotImplementedError
