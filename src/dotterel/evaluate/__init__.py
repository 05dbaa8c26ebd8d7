"""dotterel.evaluate"""
