"""dotterel.events"""
