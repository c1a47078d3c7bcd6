"""Copies, holds, filing, return to issuer and destruction (处置)."""
