"""Reading: files, JSON Lines and stdin become `Document`s (documents, markup), their parts an
`Article` (layout: headline, dateline, blocks, authors), parsed by spaCy into a `ParsedArticle` (nlp);
an article that fails or overruns its time budget in any stage becomes an `ArticleFailure` (guard)."""
