"""dotterel.resolve"""
