import { mountPage } from '@/components/mount';
import { Popup } from '@/components/popup/Popup';

mountPage(() => <Popup />);
