"""Presenting a graph: the actor network (network), its pictures (draw), the HTML report (report)
and the summary of a graph file (summary)."""
