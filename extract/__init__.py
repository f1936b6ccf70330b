"""Stage 1: what each page of a PDF shows — table cells with page, box and method; free text lines."""
