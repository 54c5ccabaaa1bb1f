#!/usr/bin/python3
"""nl_join.py FAMILY GROUP: try to join a generic netlink multicast group
directly (NETLINK_ADD_MEMBERSHIP), with no command sent to the family.
Exit 0: joined; 13: refused with EPERM/EACCES; 2: family/group not found."""
import errno
import socket
import struct
import sys

NETLINK_GENERIC, GENL_ID_CTRL, CTRL_CMD_GETFAMILY = 16, 0x10, 3
CTRL_ATTR_FAMILY_NAME, CTRL_ATTR_MCAST_GROUPS = 2, 7
GRP_NAME, GRP_ID = 1, 2
SOL_NETLINK, NETLINK_ADD_MEMBERSHIP = 270, 1


def attrs(buf):
    while len(buf) >= 4:
        ln, typ = struct.unpack_from("HH", buf)
        if ln < 4:
            return
        yield typ & 0x3FFF, buf[4:ln]
        buf = buf[(ln + 3) & ~3:]


def group_id(family, group):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_GENERIC)
    name = family.encode() + b"\0"
    attr = struct.pack("HH", 4 + len(name), CTRL_ATTR_FAMILY_NAME) + name
    attr += b"\0" * (-len(attr) % 4)
    body = struct.pack("BBH", CTRL_CMD_GETFAMILY, 1, 0) + attr
    s.send(struct.pack("IHHII", 16 + len(body), GENL_ID_CTRL, 1, 1, 0) + body)
    msg = s.recv(65536)
    _, typ = struct.unpack_from("IH", msg)
    if typ == 2:  # NLMSG_ERROR: no such family
        return None
    for t, v in attrs(msg[20:]):
        if t == CTRL_ATTR_MCAST_GROUPS:
            for _, g in attrs(v):
                d = dict(attrs(g))
                if d.get(GRP_NAME, b"").rstrip(b"\0").decode() == group:
                    return struct.unpack("I", d[GRP_ID])[0]
    return None


def main():
    gid = group_id(sys.argv[1], sys.argv[2])
    if gid is None:
        print("not found")
        return 2
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_GENERIC)
    try:
        s.setsockopt(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, gid)
    except OSError as e:
        print("refused: %s" % errno.errorcode.get(e.errno, e.errno))
        return 13 if e.errno in (errno.EPERM, errno.EACCES) else 1
    print("joined group %d" % gid)
    return 0


sys.exit(main())
