"""The designated lead's workspace: triage queue, child's file, body-map history, decisions, and the dashboard."""

from desktop_app.ui.lead.install import install_lead_workspace

__all__ = ["install_lead_workspace"]
