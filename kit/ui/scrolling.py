"""A page whose content scrolls: with large text or a small screen it scrolls instead of
squeezing its sections over each other (the Dashboard and Protect tabs)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolled_body(page: QWidget, body_name: str) -> QWidget:
    """Fill `page` with a frameless scroll area and return the widget inside it, named
    `body_name` (for the style sheets), for the caller to lay out."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget(scroll)
    body.setObjectName(body_name)
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return body
